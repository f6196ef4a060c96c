package e2e

import (
	"testing"
	"time"

	"teammetrics/grafanahost/internal/host"
)

// Grafana's Stop(): go-plugin Kill → GRPCController.Shutdown + close conn → ≤ 2 s → SIGKILL.
func TestKillIsGraceful(t *testing.T) {
	h, err := host.Start(host.Options{})
	if err != nil {
		t.Fatal(err)
	}
	queryAll(t, h, q("A", queryA))
	res := h.Kill()
	t.Log(res)
	if !res.Exited {
		t.Fatalf("client.Exited() = false after Kill: %v", res)
	}
	if res.Signaled {
		t.Errorf("plugin was ended by signal %v, not by exiting on Shutdown: %v", res.Signal, res)
	}
	if res.Elapsed >= 1500*time.Millisecond {
		t.Errorf("Kill took %v; graceful shutdown should take well under go-plugin's 2 s SIGKILL deadline", res.Elapsed)
	}
	if !res.Graceful() {
		t.Errorf("shutdown was not graceful: %v", res)
	}
}
