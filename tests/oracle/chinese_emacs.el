;;; chinese_emacs.el --- print Emacs' Chinese date of each day read
;; Reads lines "JDN Y M D" (the Gregorian date of that JDN) on stdin
;; and prints "JDN<TAB>YEAR-MM[L]-DD", the year counted as calconv
;; counts it (cycle * 60 + year-in-cycle - 60), from
;; calendar-chinese-from-absolute (GNU Emacs, cal-china.el).
(require 'cal-china)
(let (line)
  (while (setq line (ignore-errors (read-from-minibuffer "")))
    (let* ((f (mapcar #'string-to-number (split-string line)))
           (c (calendar-chinese-from-absolute
               (calendar-absolute-from-gregorian
                (list (nth 2 f) (nth 3 f) (nth 1 f)))))
           (m (nth 2 c)))
      (princ (format "%d\t%04d-%02d%s-%02d\n" (nth 0 f)
                     (+ (* 60 (1- (nth 0 c))) (nth 1 c))
                     (floor m) (if (= m (floor m)) "" "L") (nth 3 c))))))
