# bash completion for calconv(1)                          -*- shell-script -*-
#
# Calendar names are not written here: they are read from `calconv --list`
# (id in the first tab-separated field, aliases in the second) each time
# they are needed, so they always match the calconv found in PATH.  The
# languages of -L are listed once, in _calconv_langs below, as the manual
# lists them (calconv has no option that prints them).
#
# Works with bash-completion 2.12+ (_comp_initialize), older versions
# (_init_completion), and plain bash without the framework.

# Set COMPREPLY to the words of "$@" after "--" that start with $1.
_calconv__match()
{
	local cur=$1 w
	shift 2
	COMPREPLY=()
	for w; do
		[[ $w == "$cur"* ]] && COMPREPLY+=("$w")
	done
}

# Complete a calendar name in $1.  With $2 = list, $1 may be a comma list
# ("a,b"): the part after the last comma is completed and the rest
# kept in front of every candidate; "all" is offered as a whole list.
# Canonical ids are offered first; aliases only when no id matches.
_calconv__calendars()
{
	local cur=$1 mode=$2 prefix= id aliases _rest
	local -a ids=() als=() a

	if [[ $mode == list && $cur == *,* ]]; then
		prefix=${cur%,*},
		cur=${cur##*,}
	fi
	while IFS=$'\t' read -r id aliases _rest; do
		[[ -n $id ]] || continue
		ids+=("$id")
		if [[ -n $aliases && $aliases != - ]]; then
			IFS=, read -ra a <<<"$aliases"
			als+=("${a[@]}")
		fi
	done < <(command calconv --list 2>/dev/null)
	[[ $mode == list && -z $prefix ]] && ids+=(all)

	_calconv__match "$cur" -- "${ids[@]}"
	((${#COMPREPLY[@]})) || _calconv__match "$cur" -- "${als[@]}"
	if [[ -n $prefix ]]; then
		COMPREPLY=("${COMPREPLY[@]/#/$prefix}")
	fi
}

# The languages of -L/--lang, as calconv(1) lists them.
_calconv_langs=(en fa ar he am hi zh ja ko fr de es it pt ru tr th ur zh-Hant
    native)

# Complete "CAL:" for --info from the calendars of `calconv --list` that
# have years, months and days (their range reads YYYY-MM-DD..), ids
# first, aliases when no id matches; after the colon, nothing.
_calconv__info()
{
	local cur=$1 id aliases _kind range _rest
	local -a ids=() als=() a

	[[ $cur == *:* ]] && return
	while IFS=$'\t' read -r id aliases _kind range _rest; do
		[[ $range =~ ^-?[0-9]+-[0-9][0-9]-[0-9][0-9]\.\. ]] || continue
		ids+=("$id:")
		if [[ -n $aliases && $aliases != - ]]; then
			IFS=, read -ra a <<<"$aliases"
			als+=("${a[@]/%/:}")
		fi
	done < <(command calconv --list 2>/dev/null)
	_calconv__match "$cur" -- "${ids[@]}"
	((${#COMPREPLY[@]})) || _calconv__match "$cur" -- "${als[@]}"
	((${#COMPREPLY[@]})) && compopt -o nospace 2>/dev/null
}

# Complete file names in $1 (for -F), with the framework when there is one.
_calconv__files()
{
	if declare -F _comp_compgen_filedir >/dev/null; then
		_comp_compgen_filedir
	elif declare -F _filedir >/dev/null; then
		_filedir
	else
		local IFS=$'\n'
		COMPREPLY=($(compgen -f -- "$1"))
		compopt -o filenames 2>/dev/null
	fi
}

_calconv()
{
	local cur prev words cword split= was_split= comp_args
	local -a longopts=(--from= --to= --format= --input-format= --lang=
	    --digits= --info= --file= --field= --delimiter= --sed --on-error=
	    --quiet --zero-terminated --list --version --help --usage)
	local -a shortopts=(-f -t -o -p -L -F -k -d -S -e -q -z -l -h '-?')
	local i

	if declare -F _comp_initialize >/dev/null; then
		_comp_initialize -s -- "$@" || return
	elif declare -F _init_completion >/dev/null; then
		_init_completion -s || return
	else
		# No bash-completion: COMP_WORDS splits "--to=x" at '='.
		words=("${COMP_WORDS[@]}")
		cword=$COMP_CWORD
		cur=${COMP_WORDS[COMP_CWORD]}
		prev=${COMP_WORDS[COMP_CWORD-1]}
		if [[ $cur == = && $prev == --* ]]; then
			cur= split=true
		elif [[ $prev == = && $cword -ge 2 ]]; then
			prev=${COMP_WORDS[COMP_CWORD-2]} split=true
		fi
	fi
	# _init_completion leaves split=true/false, _comp_initialize
	# was_split=set/empty.
	[[ -n $was_split ]] && split=true

	# After "--" every word is a date.
	for ((i = 1; i < cword; i++)); do
		if [[ ${words[i]} == -- ]]; then
			_calconv__match "$cur" -- today yesterday tomorrow
			return
		fi
	done

	# After "--info CAL:" (readline splits at ':'), a year: nothing.
	if [[ $prev == : ]] && ((cword >= 3)) &&
	    [[ ${words[cword-3]} == --info ||
	    (${words[cword-3]} == = && ${words[cword-4]-} == --info) ]]; then
		return
	fi

	case $prev in
	-f | --from)
		_calconv__calendars "$cur" one
		return
		;;
	-t | --to)
		_calconv__calendars "$cur" list
		return
		;;
	-e | --on-error)
		_calconv__match "$cur" -- keep skip abort empty
		return
		;;
	-L | --lang)
		_calconv__match "$cur" -- "${_calconv_langs[@]}"
		return
		;;
	--digits)
		_calconv__match "$cur" -- ascii native
		return
		;;
	--info)
		_calconv__info "$cur"
		return
		;;
	-F | --file)
		_calconv__files "$cur"
		return
		;;
	-o | --format | -p | --input-format | -k | --field | -d | --delimiter)
		# A format, a field list or a delimiter: nothing to offer.
		return
		;;
	esac
	[[ $split == true ]] && return

	case $cur in
	-f?*)
		_calconv__calendars "${cur#-f}" one
		COMPREPLY=("${COMPREPLY[@]/#/-f}")
		;;
	-t?*)
		_calconv__calendars "${cur#-t}" list
		COMPREPLY=("${COMPREPLY[@]/#/-t}")
		;;
	-e?*)
		_calconv__match "${cur#-e}" -- keep skip abort empty
		COMPREPLY=("${COMPREPLY[@]/#/-e}")
		;;
	-L?*)
		_calconv__match "${cur#-L}" -- "${_calconv_langs[@]}"
		COMPREPLY=("${COMPREPLY[@]/#/-L}")
		;;
	--*)
		_calconv__match "$cur" -- "${longopts[@]}"
		[[ ${COMPREPLY[0]-} == *= ]] && compopt -o nospace 2>/dev/null
		;;
	-*)
		_calconv__match "$cur" -- "${shortopts[@]}" "${longopts[@]}"
		[[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]] &&
		    compopt -o nospace 2>/dev/null
		;;
	*)
		_calconv__match "$cur" -- today yesterday tomorrow
		;;
	esac
}

complete -F _calconv calconv
