# SPDX-FileCopyrightText: 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Throwaway mail servers for the [mail] tests, sourced by test-inside.sh: a certificate authority made for
# the run, Dovecot (IMAP with implicit TLS and with STARTTLS, LMTP, SMTP AUTH for Postfix) and Postfix
# (SMTP with STARTTLS and with implicit TLS, delivering into Dovecot over LMTP), all on 127.0.0.1 under one
# temporary folder. start_mail_servers exports TANDEM_TEST_MAIL_* for the tests; stop_mail_servers removes
# everything again. Missing binaries only skip the [mail] tests.

mail_dir=

stop_mail_servers() {
    [[ -n $mail_dir && -d $mail_dir ]] || return 0
    if [[ -f $mail_dir/postfix/main.cf ]]; then
        postfix -c "$mail_dir/postfix" stop >/dev/null 2>&1 || true
    fi
    if [[ -f $mail_dir/dovecot/dovecot.conf ]]; then
        doveadm -c "$mail_dir/dovecot/dovecot.conf" stop >/dev/null 2>&1 || true
    fi
    rm -rf "$mail_dir"
    mail_dir=
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

make_mail_certificates() {
    local tls=$1
    mkdir -p "$tls"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Tandem test CA" \
        -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
        -keyout "$tls/ca.key" -out "$tls/ca.pem" 2>/dev/null
    local name names
    for name in server wrong; do
        if [[ $name == server ]]; then
            names="subjectAltName=IP:127.0.0.1,DNS:localhost"
        else
            names="subjectAltName=DNS:wrong.example.test"
        fi
        openssl req -newkey rsa:2048 -nodes -subj "/CN=$name" -keyout "$tls/$name.key" -out "$tls/$name.csr" \
            2>/dev/null
        openssl x509 -req -in "$tls/$name.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial -days 2 \
            -extfile <(echo "$names") -out "$tls/$name.pem" 2>/dev/null
    done
    # Right name, but signed by nobody the tests trust.
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=stranger" \
        -addext subjectAltName=IP:127.0.0.1,DNS:localhost -keyout "$tls/stranger.key" -out "$tls/stranger.pem" \
        2>/dev/null
    chmod 644 "$tls"/*.key
}

write_dovecot_config() {
    local dir=$1 imaps=$2 imap=$3 lmtp=$4
    mkdir -p "$dir/dovecot/run" "$dir/dovecot/state" "$dir/mail"
    chown nobody:nogroup "$dir/mail"
    local user
    : >"$dir/dovecot/users"
    for user in "${TANDEM_TEST_MAIL_SUPPORT_USER}:${TANDEM_TEST_MAIL_SUPPORT_PASSWORD}" \
        "${TANDEM_TEST_MAIL_CUSTOMER_USER}:${TANDEM_TEST_MAIL_CUSTOMER_PASSWORD}"; do
        echo "${user%%:*}:{PLAIN}${user#*:}:65534:65534::$dir/mail/${user%%:*}::" >>"$dir/dovecot/users"
    done
    cat >"$dir/dovecot/dovecot.conf" <<CONF
dovecot_config_version = 2.4.1
dovecot_storage_version = 2.4.1
base_dir = $dir/dovecot/run
state_dir = $dir/dovecot/state
log_path = $dir/dovecot/dovecot.log
listen = 127.0.0.1
protocols = imap lmtp
default_internal_user = dovecot
default_internal_group = dovecot
default_login_user = dovenull
first_valid_uid = 65534
first_valid_gid = 65534
# The tests log in with wrong passwords on purpose, from the same address as the right ones: no penalty.
auth_failure_delay = 0
# Tests run several workers and clients as the one support user from one address (Dovecot's default is 10).
mail_max_userip_connections = 100
login_trusted_networks = 127.0.0.0/8
mail_driver = maildir
mail_path = ~/Maildir
ssl = yes
ssl_server_cert_file = $dir/tls/server.pem
ssl_server_key_file = $dir/tls/server.key
passdb passwd-file {
  passwd_file_path = $dir/dovecot/users
}
userdb passwd-file {
  passwd_file_path = $dir/dovecot/users
}
namespace inbox {
  inbox = yes
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
}
service imap-login {
  inet_listener imap {
    port = $imap
  }
  inet_listener imaps {
    port = $imaps
    ssl = yes
  }
}
service lmtp {
  inet_listener lmtp {
    listen = 127.0.0.1
    port = $lmtp
  }
}
service auth {
  unix_listener $dir/dovecot/auth-postfix {
    mode = 0666
  }
}
CONF
}

write_postfix_config() {
    local dir=$1 smtp=$2 smtps=$3 wrong=$4 stranger=$5 lmtp=$6 wrong_starttls=$7
    mkdir -p "$dir/postfix/queue" "$dir/postfix/data"
    chown postfix: "$dir/postfix/data"
    printf '%s OK\n%s OK\n' "$TANDEM_TEST_MAIL_SUPPORT_USER" "$TANDEM_TEST_MAIL_CUSTOMER_USER" \
        >"$dir/postfix/mailboxes"
    cat >"$dir/postfix/main.cf" <<CONF
compatibility_level = 3.6
queue_directory = $dir/postfix/queue
data_directory = $dir/postfix/data
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = mail.example.test
mydestination =
mynetworks = 127.0.0.0/8
maillog_file = $dir/postfix/postfix.log
maillog_file_prefixes = $dir
virtual_mailbox_domains = example.test
virtual_mailbox_maps = texthash:$dir/postfix/mailboxes
virtual_transport = lmtp:inet:127.0.0.1:$lmtp
smtpd_tls_chain_files = $dir/tls/server.key, $dir/tls/server.pem
smtpd_tls_security_level = may
smtpd_tls_auth_only = yes
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = $dir/dovecot/auth-postfix
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_recipient_restrictions = reject_unlisted_recipient
CONF
    {
        echo "$smtp inet n - n - - smtpd"
        echo "$smtps inet n - n - - smtpd -o smtpd_tls_wrappermode=yes -o smtpd_tls_security_level=encrypt"
        echo "$wrong inet n - n - - smtpd -o smtpd_tls_wrappermode=yes -o smtpd_tls_chain_files=$dir/tls/wrong.key,$dir/tls/wrong.pem"
        echo "$stranger inet n - n - - smtpd -o smtpd_tls_wrappermode=yes -o smtpd_tls_chain_files=$dir/tls/stranger.key,$dir/tls/stranger.pem"
        echo "$wrong_starttls inet n - n - - smtpd -o smtpd_tls_chain_files=$dir/tls/wrong.key,$dir/tls/wrong.pem"
        # The packaged services, without chroot (no copies of /etc inside the queue folder).
        grep -v '^\s*#' /etc/postfix/master.cf | grep -v '^smtp\s*inet' |
            awk 'NF >= 8 && $1 !~ /^-/ { $5 = "n" } { print }'
    } >"$dir/postfix/master.cf"
    postfix -c "$dir/postfix" set-permissions >/dev/null 2>&1 || true
}

start_mail_servers() {
    if ! command -v dovecot >/dev/null || ! command -v postfix >/dev/null || ! command -v openssl >/dev/null; then
        echo "tandem: no Dovecot/Postfix/openssl here; the [mail] server tests will be skipped." >&2
        return 0
    fi
    if [[ $(id -u) != 0 ]]; then
        echo "tandem: the mail servers need root (Dovecot and Postfix switch users); the [mail] server tests will be skipped." >&2
        return 0
    fi
    mail_dir=$(mktemp -d /tmp/tandem-mail.XXXXXX)
    chmod 755 "$mail_dir"
    export TANDEM_TEST_MAIL_SUPPORT_USER=support@example.test TANDEM_TEST_MAIL_SUPPORT_PASSWORD=support-secret
    export TANDEM_TEST_MAIL_CUSTOMER_USER=customer@example.test TANDEM_TEST_MAIL_CUSTOMER_PASSWORD=customer-secret
    local imaps imap lmtp smtp smtps wrong stranger wrong_starttls
    imaps=$(free_port) imap=$(free_port) lmtp=$(free_port) smtp=$(free_port) smtps=$(free_port) wrong=$(free_port)
    stranger=$(free_port) wrong_starttls=$(free_port)
    make_mail_certificates "$mail_dir/tls"
    write_dovecot_config "$mail_dir" "$imaps" "$imap" "$lmtp"
    write_postfix_config "$mail_dir" "$smtp" "$smtps" "$wrong" "$stranger" "$lmtp" "$wrong_starttls"
    cat >"$mail_dir/dovecotctl.sh" <<SCRIPT
#!/usr/bin/env bash
# stop | start | restart: lets the tests take the IMAP server away under an open connection.
# doveadm stop only signals the master: stop waits until it has exited, or the old listeners would still
# answer for a moment and a following start would find Dovecot "already running".
case \$1 in
stop)
    pid=\$(cat "$mail_dir/dovecot/run/master.pid" 2>/dev/null)
    doveadm -c "$mail_dir/dovecot/dovecot.conf" stop || exit 1
    for _ in \$(seq 300); do
        [[ -n \$pid ]] && kill -0 "\$pid" 2>/dev/null || exit 0
        sleep 0.1
    done
    exit 1
    ;;
start) dovecot -c "$mail_dir/dovecot/dovecot.conf" </dev/null >/dev/null 2>&1 ;;
restart) dovecot -c "$mail_dir/dovecot/dovecot.conf" reload ;;
esac
SCRIPT
    chmod +x "$mail_dir/dovecotctl.sh"
    if ! dovecot -c "$mail_dir/dovecot/dovecot.conf" </dev/null >"$mail_dir/dovecot-start.log" 2>&1; then
        echo "tandem: could not start Dovecot (see below); the [mail] server tests will be skipped." >&2
        cat "$mail_dir"/dovecot-start.log "$mail_dir"/dovecot/dovecot.log >&2 2>/dev/null || true
        stop_mail_servers
        return 0
    fi
    if ! postfix -c "$mail_dir/postfix" start </dev/null >"$mail_dir/postfix-start.log" 2>&1; then
        echo "tandem: could not start Postfix (see below); the [mail] server tests will be skipped." >&2
        cat "$mail_dir"/postfix-start.log "$mail_dir"/postfix/postfix.log >&2 2>/dev/null || true
        stop_mail_servers
        return 0
    fi
    local port
    for port in "$imaps" "$imap" "$smtp" "$smtps" "$wrong" "$stranger" "$wrong_starttls"; do
        for _ in $(seq 50); do
            python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break
            sleep 0.1
        done
    done
    export TANDEM_TEST_MAIL_HOST=127.0.0.1
    export TANDEM_TEST_MAIL_IMAPS_PORT=$imaps TANDEM_TEST_MAIL_IMAP_STARTTLS_PORT=$imap
    export TANDEM_TEST_MAIL_SMTP_STARTTLS_PORT=$smtp TANDEM_TEST_MAIL_SMTPS_PORT=$smtps
    # SMTP on implicit TLS presenting a certificate issued by the test CA for another name.
    export TANDEM_TEST_MAIL_SMTP_WRONG_NAME_PORT=$wrong
    # SMTP on implicit TLS presenting a self-signed certificate for 127.0.0.1 (an issuer nobody trusts).
    export TANDEM_TEST_MAIL_SMTP_UNTRUSTED_PORT=$stranger
    # SMTP with STARTTLS upgrading to that certificate for another name.
    export TANDEM_TEST_MAIL_SMTP_STARTTLS_WRONG_NAME_PORT=$wrong_starttls
    export TANDEM_TEST_MAIL_LMTP_PORT=$lmtp
    export TANDEM_TEST_MAIL_CA_FILE=$mail_dir/tls/ca.pem
    export TANDEM_TEST_MAIL_DOVECOT_CTL=$mail_dir/dovecotctl.sh
    export TANDEM_TEST_MAIL_LOG_DIR=$mail_dir
    echo "tandem: Dovecot $(dovecot --version | awk '{print $1}') and Postfix $(postconf -h mail_version 2>/dev/null) for the tests (IMAPS $imaps, IMAP+STARTTLS $imap, SMTP+STARTTLS $smtp, SMTPS $smtps)"
}
