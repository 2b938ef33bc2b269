#!/usr/bin/env bash
# Installs what the test suite needs from the system on a bare Debian machine:
# the PostgreSQL server binaries (team-mode tests start a throwaway server), Dovecot (a real IMAP server
# for reply detection and the OAuth2 sign-in), SpamAssassin (the quote email's score), Chromium (the online
# acceptance driven in a real browser) and the shared libraries Qt needs to run offscreen. Does nothing when all is present.
set -euo pipefail

need=()
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
    need+=(postgresql)
fi
for lib in libEGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libGL.so.1; do
    if ! ldconfig -p 2>/dev/null | grep -q "$lib"; then
        case "$lib" in
            libEGL.so.1) need+=(libegl1) ;;
            libxkbcommon.so.0) need+=(libxkbcommon0) ;;
            libfontconfig.so.1) need+=(libfontconfig1) ;;
            libdbus-1.so.3) need+=(libdbus-1-3) ;;
            libGL.so.1) need+=(libgl1) ;;
        esac
    fi
done
if ! command -v pdftoppm >/dev/null 2>&1 || ! command -v pdfsig >/dev/null 2>&1; then  # pdfsig checks the sealed quotes (#17)
    need+=(poppler-utils)
fi
if ! command -v qpdf >/dev/null 2>&1; then
    need+=(qpdf)  # checks the structure of the Factur-X invoices (qpdf --check)
fi
if ! command -v dovecot >/dev/null 2>&1 && [ ! -x /usr/sbin/dovecot ]; then
    need+=(dovecot-imapd)  # the real IMAP server of the reply-detection tests
fi
if ! command -v spamassassin >/dev/null 2>&1; then
    need+=(spamassassin)  # the quote email's score on SpamAssassin's offline rules
fi
if [ ! -x /usr/bin/chromium ]; then
    need+=(chromium)  # the real browser of tests/browser (driven through Playwright)
fi
if ! command -v wrk >/dev/null 2>&1; then
    need+=(wrk)  # HTTP load generator of the tracker benchmarks
fi

if [ ${#need[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "Relance tests need these Debian packages: ${need[*]} (run as root or install them)" >&2
    exit 1
fi
echo "Installing system packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
