;;; emacs_dates.el --- GNU Emacs's Hebrew and French dates for tests/oracle/run  -*- lexical-binding: t -*-

;; Usage:
;;   emacs -Q --batch -l emacs_dates.el -- -y CAL FIRST-YEAR LAST-YEAR [STEP]
;;   emacs -Q --batch -l emacs_dates.el -- -d CAL FIRST-JDN LAST-JDN [STEP]
;;   emacs -Q --batch -l emacs_dates.el -- -m CAL FIRST-YEAR LAST-YEAR [STEP]
;;
;; CAL is hebrew (cal-hebrew.el) or french (cal-french.el).  Years are
;; taken FIRST, FIRST + STEP, ... up to LAST, and LAST itself; so are
;; JDNs.
;;
;; -y prints every day of each year, one line a day, "JDN<TAB>DATE", the
;; JDN from Emacs's calendar-CAL-to-absolute of the first of each month
;; (plus the day - 1; its to-absolute is the first's plus the day - 1)
;; and the month's length from calendar-CAL-last-day-of-month.  -d
;; prints calendar-CAL-from-absolute of each JDN (Emacs's slow
;; direction: 90 microseconds a Hebrew day).  -m prints "Y-MM<TAB>DAYS"
;; for each month of each year.
;;
;; Emacs's absolute date is Reingold & Dershowitz's fixed date (R.D.),
;; day 1 = 0001-01-01 Gregorian, so JDN = R.D. + 1721425.  Its algorithms
;; use truncating `/' and `%', so it is used only for R.D. >= 1.
;;
;; DATE is written as calconv writes it.  Emacs numbers Hebrew months
;; from Nisan (1) to Elul (6), Tishri 7 .. Shevat 11, Adar 12 (Adar I in
;; a leap year), Adar II 13, its year beginning at Tishri; calconv from
;; Tishrei = 1, so the months are numbered in the order 7 .. last, 1 .. 6.
;; French months are 1..12, and 13 the complementary days, as calconv's.

(require 'cal-hebrew)
(require 'cal-french)

(defconst emacs-dates-jdn-offset 1721425 "JDN minus R.D.")

(defun emacs-dates-months (cal year)
  "The months of YEAR in calconv's order: Emacs's month numbers."
  (if (eq cal 'hebrew)
      (append (number-sequence 7 (calendar-hebrew-last-month-of-year year))
              (number-sequence 1 6))
    (number-sequence 1 13)))

(defun emacs-dates-last-day (cal month year)
  (if (eq cal 'hebrew)
      (calendar-hebrew-last-day-of-month month year)
    (calendar-french-last-day-of-month month year)))

(defun emacs-dates-absolute (cal month day year)
  (if (eq cal 'hebrew)
      (calendar-hebrew-to-absolute (list month day year))
    (calendar-french-to-absolute (list month day year))))

(defun emacs-dates-ymd (year month day)
  (format "%s%04d-%02d-%02d" (if (< year 0) "-" "") (abs year) month day))

(defun emacs-dates-year (cal year)
  "Insert every day of YEAR."
  (let ((k 0))
    (dolist (m (emacs-dates-months cal year))
      (setq k (1+ k))
      (let ((first (+ (emacs-dates-absolute cal m 1 year)
                      emacs-dates-jdn-offset)))
        (dotimes (i (emacs-dates-last-day cal m year))
          (insert (format "%d\t%s\n" (+ first i)
                          (emacs-dates-ymd year k (1+ i)))))))))

(defun emacs-dates-lengths (cal year)
  "Insert the length of each month of YEAR."
  (let ((k 0))
    (dolist (m (emacs-dates-months cal year))
      (setq k (1+ k))
      (insert (format "%s\t%d\n" (substring (emacs-dates-ymd year k 1) 0 -3)
                      (emacs-dates-last-day cal m year))))))

(defun emacs-dates-day (cal jdn)
  "Insert the date of JDN."
  (let* ((rd (- jdn emacs-dates-jdn-offset))
         (date (if (eq cal 'hebrew)
                   (calendar-hebrew-from-absolute rd)
                 (calendar-french-from-absolute rd)))
         (month (nth 0 date)) (day (nth 1 date)) (year (nth 2 date)))
    (insert (format "%d\t%s\n" jdn
                    (emacs-dates-ymd
                     year (1+ (seq-position (emacs-dates-months cal year)
                                            month))
                     day)))))

(defun emacs-dates-main (args)
  (unless (and (member (length args) '(4 5))
               (member (nth 0 args) '("-y" "-d" "-m"))
               (member (nth 1 args) '("hebrew" "french")))
    (error "usage: emacs_dates.el -y|-d|-m hebrew|french FIRST LAST [STEP]"))
  (let* ((each (cdr (assoc (nth 0 args) '(("-y" . emacs-dates-year)
                                          ("-d" . emacs-dates-day)
                                          ("-m" . emacs-dates-lengths)))))
         (cal (intern (nth 1 args)))
         (first (string-to-number (nth 2 args)))
         (last (string-to-number (nth 3 args)))
         (step (if (nth 4 args) (string-to-number (nth 4 args)) 1))
         (n first))
    (when (or (< step 1) (> first last))
      (error "bad range"))
    (with-temp-buffer
      (while (progn (funcall each cal n)
                    (>= (- last n) step))
        (setq n (+ n step)))
      (unless (= n last)
        (funcall each cal last))
      (princ (buffer-string)))))

(emacs-dates-main (if (equal (car command-line-args-left) "--")
                      (cdr command-line-args-left)
                    command-line-args-left))
(setq command-line-args-left nil)

;;; emacs_dates.el ends here
