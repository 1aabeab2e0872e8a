#!/usr/bin/env bash
# Docker HEALTHCHECK for the portal. The JRE image has neither curl nor wget, so bash's /dev/tcp asks the
# readiness probe (the database included) itself: healthy only on HTTP 200. /readyz is on the public port even
# when a management port is configured.
exec 3<>"/dev/tcp/127.0.0.1/${PORT:-8080}" || exit 1
printf 'GET /readyz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 5 status <&3 || exit 1
case "$status" in
  *" 200 "*) exit 0 ;;
  *) exit 1 ;;
esac
