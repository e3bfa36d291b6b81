#!/usr/bin/env bash
# The check step of the kommunlint GitHub Action (action.yml at the repository root).
#
# Inputs come as environment variables (action.yml maps the action's inputs to them):
#   KOMMUNLINT_PATHS    files or folders, separated by spaces or newlines (default: .)
#   KOMMUNLINT_FAIL_ON  error | warning | info | never (default: error)
#   KOMMUNLINT_PROFILE  profile name or file (default: front matter / .kommunlint.yaml)
#   KOMMUNLINT_LANG     sv | fi | en, the messages' language (default: the configuration's, else sv)
#   KOMMUNLINT_SARIF    write SARIF 2.1.0 to this file too (default: none)
#   KOMMUNLINT_BIN      the kommunlint command (default: kommunlint)
#   KOMMUNLINT_PYTHON   the Python that has kommunlint installed (default: python)
#   GITHUB_STEP_SUMMARY set by GitHub: the Markdown table of findings is appended to it
#
# Writes one ::error/::warning/::notice annotation per finding to stdout (--format
# github), the job summary, and the SARIF file if asked. Exits as `kommunlint check`
# does: 0 nothing at or above fail-on, 1 findings, 2 an input or usage error.
set -uo pipefail

bin=${KOMMUNLINT_BIN:-kommunlint}
python=${KOMMUNLINT_PYTHON:-python}
fail_on=${KOMMUNLINT_FAIL_ON:-error}
set -f  # paths are taken literally (kommunlint expands folders itself)
# shellcheck disable=SC2206
paths=(${KOMMUNLINT_PATHS:-.})
set +f
[ ${#paths[@]} -gt 0 ] || paths=(.)
args=()
[ -n "${KOMMUNLINT_PROFILE:-}" ] && args+=(--profile "$KOMMUNLINT_PROFILE")
# the action's lang input wins over the configuration's lang, as --lang does
[ -n "${KOMMUNLINT_LANG:-}" ] && args+=(--lang "$KOMMUNLINT_LANG")

# 1. Annotations on the pull request's diff; this run decides the exit code.
"$bin" check --format github --fail-on "$fail_on" ${args[@]+"${args[@]}"} "${paths[@]}"
status=$?

# 2. A Markdown table in the job summary (no annotation limit, no Advanced Security).
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    report=$(mktemp)
    "$bin" check --format json --fail-on never ${args[@]+"${args[@]}"} "${paths[@]}" > "$report" 2>/dev/null
    # in the language check used: KOMMUNLINT_LANG, else the configuration's lang, else sv
    "$python" -m kommunlint.ci_summary "$report" >> "$GITHUB_STEP_SUMMARY" || status=2
    rm -f "$report"
fi

# 3. SARIF for code scanning, when asked.
if [ -n "${KOMMUNLINT_SARIF:-}" ]; then
    "$bin" check --format sarif --fail-on never ${args[@]+"${args[@]}"} "${paths[@]}" > "$KOMMUNLINT_SARIF" 2>/dev/null
fi
exit "$status"
