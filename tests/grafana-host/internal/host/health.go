package host

import (
	"context"
	"fmt"

	"github.com/grafana/grafana-plugin-sdk-go/backend"
	"github.com/grafana/grafana-plugin-sdk-go/genproto/pluginv2"
)

// CheckHealth is the "Save & test" call, decoded with the SDK like Grafana does.
func (h *Host) CheckHealth(ctx context.Context) (*backend.CheckHealthResult, error) {
	resp, err := h.Diag.CheckHealth(ctx, &pluginv2.CheckHealthRequest{PluginContext: h.Settings.PluginContext()})
	if err != nil {
		return nil, fmt.Errorf("CheckHealth gRPC call failed: %w", err)
	}
	return backend.FromProto().CheckHealthResponse(resp), nil
}
