# fish completion for calconv(1).
#
# Calendar names are not written here: they are read from `calconv --list`
# (id, aliases, kind, range, description: tab-separated when piped) each
# time they are needed, so they always match the calconv found in PATH.
# The languages of -L are listed once, in __calconv_langs, as the manual
# lists them (calconv has no option that prints them).

# Print "name<TAB>what" for every calendar id and alias.
function __calconv_calendars
    command calconv --list 2>/dev/null | while read -l -d \t id aliases kind range what
        printf '%s\t%s\n' $id (string split -m1 ';' -- $what)[1]
        test "$aliases" = - -o -z "$aliases"; and continue
        for alias in (string split , -- $aliases)
            printf '%s\t%s\n' $alias "alias of $id"
        end
    end
end

# The same for the comma list of -t: complete after the last comma, and
# offer "all" when the list is still empty.
function __calconv_calendar_list
    set -l token (commandline -ct | string replace -r -- '^(-t|--to=)' '')
    set -l prefix (string match -r -- '^.*,' $token)
    if test -z "$prefix"
        printf '%s\t%s\n' all 'every calendar'
    end
    __calconv_calendars | string replace -r -- '^' "$prefix"
end

# The languages of -L/--lang.
function __calconv_langs
    printf '%s\n' en fa ar he am hi zh ja ko fr de es it pt ru tr th ur zh-Hant
    printf '%s\t%s\n' native "Each calendar's own language"
end

# "CAL:" for --info, for the calendars of years, months and days (their
# --list range reads YYYY-MM-DD..); after the colon, nothing.
function __calconv_info
    string match -q -- '*:*' (commandline -ct); and return
    command calconv --list 2>/dev/null | while read -l -d \t id aliases kind range what
        string match -qr -- '^-?[0-9]+-[0-9]{2}-[0-9]{2}\.\.' $range; or continue
        printf '%s:\t%s\n' $id (string split -m1 ';' -- $what)[1]
        test "$aliases" = - -o -z "$aliases"; and continue
        for alias in (string split , -- $aliases)
            printf '%s:\t%s\n' $alias "alias of $id"
        end
    end
end

complete -c calconv -f
complete -c calconv -a 'today yesterday tomorrow' -d date
complete -c calconv -s f -l from -x -a '(__calconv_calendars)' -d 'Calendar of the input dates (default gregorian)'
complete -c calconv -s t -l to -x -a '(__calconv_calendar_list)' -d 'Calendars to convert to, comma-separated, or all'
complete -c calconv -s o -l format -x -d 'Output format: %Y %m %d %B %b %A %a %E %EY ..., %O native numerals'
complete -c calconv -s p -l input-format -x -d 'Read dates written so; repeat to try several in order'
complete -c calconv -s L -l lang -x -a '(__calconv_langs)' -d 'Language of names and native numerals'
complete -c calconv -l digits -x -a 'ascii\t"ASCII digits (default)" native\t"Native numerals of the language"' -d 'Numerals of every number'
complete -c calconv -l info -x -a '(__calconv_info)' -d 'Describe a year or show a month as a grid: CAL:YEAR[-MM]'
complete -c calconv -s F -l file -r -F -d 'Read dates from FILE, one a line (- is stdin)'
complete -c calconv -s k -l field -x -d 'Convert only these fields, as cut(1) selects them: 3, 1,3, 2-4, 5-'
complete -c calconv -s d -l delimiter -x -d 'The field delimiter for --field (default TAB)'
complete -c calconv -s S -l sed -d 'Convert every date found inside each record'
complete -c calconv -s e -l on-error -x -a 'keep\t"Write the record unchanged (default)" skip\t"Write nothing for it" abort\t"Stop at the first bad date" empty\t"Write an empty field"' -d 'What to do with a bad date'
complete -c calconv -s q -l quiet -d 'No messages about bad dates'
complete -c calconv -s z -l zero-terminated -d 'Records end with NUL, not newline'
complete -c calconv -s l -l list -d 'List the calendars, their aliases and ranges'
complete -c calconv -l version -d 'Print the version and exit'
complete -c calconv -s h -l help -d 'Show the help and exit'
complete -c calconv -s '?' -d 'Show the help and exit'
complete -c calconv -l usage -d 'Show a brief usage message and exit'
