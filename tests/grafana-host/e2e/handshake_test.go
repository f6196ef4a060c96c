package e2e

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"teammetrics/grafanahost/internal/host"
)

func TestHandshakeNegotiatesV2(t *testing.T) {
	h := fresh(t, host.Options{})
	if v := h.Client.NegotiatedVersion(); v != 2 {
		t.Fatalf("NegotiatedVersion() = %d, want 2", v)
	}
	if h.Client.Protocol() != "grpc" {
		t.Errorf("protocol = %q, want grpc", h.Client.Protocol())
	}
	if h.Pid() == 0 {
		t.Errorf("no pid for the plugin process")
	}
	t.Logf("spawn → handshake → connected in %v", h.StartedIn)
}

// The handshake line itself, read straight from stdout with the env go-plugin would add.
func TestHandshakeLineFormat(t *testing.T) {
	exe, err := host.ResolveExecutable("")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe)
	cmd.Env = append(host.GrafanaEnv(), "grafana_plugin_type=datasource", "PLUGIN_MIN_PORT=10000",
		"PLUGIN_MAX_PORT=25000", "PLUGIN_PROTOCOL_VERSIONS=2")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Signal(syscall.SIGTERM); waitOrKill(cmd, 3*time.Second) }()

	lineCh := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(stdout).ReadString('\n')
		lineCh <- line
	}()
	select {
	case line := <-lineCh:
		re := regexp.MustCompile(`^1\|2\|(tcp\|127\.0\.0\.1:\d+|tcp\|localhost:\d+|unix\|/\S+)\|grpc\|?\n$`)
		if !re.MatchString(line) {
			t.Fatalf("first stdout line = %q, want e.g. %q (core 1, app 2, tcp/unix, grpc, newline-terminated, nothing before it)", line, "1|2|tcp|127.0.0.1:43117|grpc\n")
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("no handshake line on stdout within 10 s")
	}
}

func waitOrKill(cmd *exec.Cmd, d time.Duration) {
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(d):
		_ = cmd.Process.Kill()
		<-done
	}
}

// Started by hand (no magic cookie), the plugin must refuse like a Go plugin does.
func TestRefusesToRunWithoutMagicCookie(t *testing.T) {
	exe, err := host.ResolveExecutable("")
	if err != nil {
		t.Fatal(err)
	}
	c, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cmd := exec.CommandContext(c, exe)
	cmd.Env = []string{"GF_VERSION=" + host.GrafanaVersion}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	if c.Err() != nil {
		t.Fatalf("plugin without magic cookie did not exit within 10 s (it must print a message and exit 1)")
	}
	var ee *exec.ExitError
	code := 0
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running %s: %v", exe, err)
	}
	if code != 1 {
		t.Errorf("exit code = %d, want 1", code)
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout must be empty without the cookie (stdout is reserved for the handshake), got %q", stdout.String())
	}
	msg := stderr.String()
	if !strings.Contains(msg, "grafana_plugin_type") && !strings.Contains(msg, "This binary is a plugin") {
		t.Errorf("stderr should explain the binary is a plugin (mention grafana_plugin_type / \"This binary is a plugin\"), got %q", msg)
	}
}
