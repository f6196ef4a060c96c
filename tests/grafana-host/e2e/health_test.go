package e2e

import (
	"strings"
	"testing"

	"github.com/grafana/grafana-plugin-sdk-go/backend"
)

func TestCheckHealthOK(t *testing.T) {
	h := shared(t)
	res, err := h.CheckHealth(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != backend.HealthStatusOk {
		t.Errorf("CheckHealth status = %v, want OK (message %q, details %s)", res.Status, res.Message, res.JSONDetails)
	}
	if strings.TrimSpace(res.Message) == "" {
		t.Errorf("CheckHealth message is empty; Grafana shows it after Save & test")
	}
}
