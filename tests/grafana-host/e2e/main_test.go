// Package e2e drives the real plugin executable through go-plugin exactly like Grafana 12.4 does.
// Build the executable first (npm run build / npm run build:backend); a missing executable FAILS.
package e2e

import (
	"fmt"
	"os"
	"sync"
	"testing"

	"teammetrics/grafanahost/internal/host"
)

var (
	sharedOnce sync.Once
	sharedHost *host.Host
	sharedErr  error
)

func TestMain(m *testing.M) {
	if _, err := host.ResolveExecutable(""); err != nil {
		fmt.Fprintf(os.Stderr, "FAIL: %v\n", err)
		fmt.Println("FAIL: plugin executable missing — run `npm run build` first")
		os.Exit(1)
	}
	code := m.Run()
	if sharedHost != nil {
		sharedHost.Kill()
	}
	os.Exit(code)
}

// shared returns one plugin process reused by the read-only tests (like one Grafana instance).
func shared(t *testing.T) *host.Host {
	t.Helper()
	sharedOnce.Do(func() { sharedHost, sharedErr = host.Start(host.Options{}) })
	if sharedErr != nil {
		t.Fatalf("starting plugin like Grafana: %v", sharedErr)
	}
	if !sharedHost.Alive() {
		t.Fatalf("shared plugin process has exited (an earlier test crashed it); stderr tail:\n%s", sharedHost.StderrTail(30))
	}
	return sharedHost
}

// fresh starts a dedicated plugin process, killed at test end.
func fresh(t *testing.T, opts host.Options) *host.Host {
	t.Helper()
	h, err := host.Start(opts)
	if err != nil {
		t.Fatalf("starting plugin like Grafana: %v", err)
	}
	t.Cleanup(func() { h.Kill() })
	return h
}
