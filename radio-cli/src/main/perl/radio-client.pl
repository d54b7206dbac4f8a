#!/usr/bin/perl
# The thin client ./radio runs when a radio daemon's endpoint file exists and perl is installed (perl-base is part
# of every Debian system): the same protocol as radio.cli.daemon.DaemonClient, which remains the client where perl
# is missing, but it starts in ~20 ms where a JVM needs ~150 ms, most of what the daemon exists to save. See
# radio.cli.daemon.Wire for the frames.
#
# Usage: radio-client.pl ENDPOINT_FILE RADIO_JAR COMMAND-ARGS...
# Exits with the command's code, or 75 having done nothing when no daemon takes the command (the launcher then runs
# it in a JVM of its own).
use strict;
use warnings;
use Socket qw(PF_INET SOCK_STREAM IPPROTO_TCP TCP_NODELAY inet_aton sockaddr_in);

use constant { VERSION => 1, RUN_IT_YOURSELF => 75 };

my ($endpoint_file, $jar, @args) = @ARGV;

open(my $ef, '<', $endpoint_file) or exit RUN_IT_YOURSELF;
my ($port, $token) = split ' ', (scalar <$ef> // '');
close $ef;
exit RUN_IT_YOURSELF unless defined $token && $port =~ /^\d+$/;

my $sock;
socket($sock, PF_INET, SOCK_STREAM, IPPROTO_TCP) or exit RUN_IT_YOURSELF;
setsockopt($sock, IPPROTO_TCP, TCP_NODELAY, 1); # frames are small and each one is awaited
connect($sock, sockaddr_in($port, inet_aton('127.0.0.1'))) or exit RUN_IT_YOURSELF;

# A string as Java's DataOutputStream-based encoding in Wire has it: 4-byte length, then UTF-8 bytes. Arguments and
# the environment are passed as the bytes they are, as the JVM does under a UTF-8 locale.
sub str { my ($s) = @_; $s = '' unless defined $s; return pack('N', length $s) . $s }

sub send_frame {
    my ($type, $payload) = @_;
    my $buf = pack('a1 N', $type, length $payload) . $payload;
    while (length $buf) {
        my $n = syswrite($sock, $buf);
        if (!defined $n) { next if $!{EINTR}; return 0 }
        substr($buf, 0, $n, '');
    }
    return 1;
}

sub read_exactly {
    my ($want) = @_;
    my $buf = '';
    while (length($buf) < $want) {
        my $n = sysread($sock, $buf, $want - length($buf), length($buf));
        if (!defined $n) { next if $!{EINTR}; return undef }
        return undef if $n == 0;
    }
    return $buf;
}

sub read_frame {
    my $head = read_exactly(5);
    return () unless defined $head;
    my ($type, $len) = unpack('a1 N', $head);
    my $payload = $len ? read_exactly($len) : '';
    return () unless defined $payload;
    return ($type, $payload);
}

sub write_all {
    my ($fh, $buf) = @_;
    while (length $buf) {
        my $n = syswrite($fh, $buf);
        if (!defined $n) { next if $!{EINTR}; return }
        substr($buf, 0, $n, '');
    }
}

# What the JVM would have known: the build (Wire.buildOf: path|size|mtime), the physical working directory, the
# user's home from the password database, whether stdin and stdout are a terminal, and the locale's charset.
my @st = stat($jar);
my $build = -f _ ? "$jar|$st[7]|$st[9]" : $jar;
my $cwd = readlink('/proc/self/cwd') // $ENV{PWD} // '/';
my $home = (getpwuid($<))[7] // $ENV{HOME} // '/';
my $interactive = (-t STDIN && -t STDOUT) ? 1 : 0;
my $locale = $ENV{LC_ALL} || $ENV{LC_CTYPE} || $ENV{LANG} || '';
my $charset = $locale =~ /\.([^@]+)/ ? $1 : 'US-ASCII';

send_frame('H', pack('N', VERSION) . str($token) . str($build) . str('run')) or exit RUN_IT_YOURSELF;
my $request = str($cwd) . str($home) . pack('C', $interactive) . str($charset)
    . pack('N', scalar @args) . join('', map { str($_) } @args)
    . pack('N', scalar keys %ENV) . join('', map { str($_) . str($ENV{$_}) } sort keys %ENV);
send_frame('R', $request) or exit RUN_IT_YOURSELF;

my ($type, $payload) = read_frame();
exit RUN_IT_YOURSELF unless defined $type && $type eq 'A';

# Ctrl-C or TERM cancels the command in the daemon; its exit code still comes back, within a few seconds.
my $cancelled = 0;
my $cancel = sub {
    return if $cancelled++;
    send_frame('C', '');
    $SIG{ALRM} = sub { exit 130 };
    alarm 5;
};
$SIG{INT} = $cancel;
$SIG{TERM} = $cancel;

binmode STDOUT;
binmode STDERR;
binmode STDIN;
while (1) {
    ($type, $payload) = read_frame();
    last unless defined $type;
    if ($type eq 'O') {
        write_all(\*STDOUT, $payload);
    } elsif ($type eq 'E') {
        write_all(\*STDERR, $payload);
    } elsif ($type eq 'W') {
        my $max = unpack('N', $payload);
        $max = 65536 if $max > 65536 || $max < 1;
        my $chunk = '';
        my $n;
        do { $n = sysread(STDIN, $chunk, $max) } while (!defined $n && $!{EINTR});
        send_frame('I', $n ? $chunk : '');
    } elsif ($type eq 'X') {
        exit($cancelled ? 130 : unpack('N', $payload));
    }
}
write_all(\*STDERR, "radio: the radio daemon went away before the command finished; files it was writing are "
    . "left resumable\n");
exit 1;
