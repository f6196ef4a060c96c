package host

import (
	"bytes"
	"context"
	"fmt"

	"github.com/grafana/grafana-plugin-sdk-go/genproto/pluginv2"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// CollectMetrics returns the Prometheus text the plugin exposes (Grafana serves it at
// /metrics/plugins/<id>), using a raw pluginv2 client on the go-plugin connection.
func (h *Host) CollectMetrics(ctx context.Context) ([]byte, error) {
	c := pluginv2.NewDiagnosticsClient(h.Conn)
	resp, err := c.CollectMetrics(ctx, &pluginv2.CollectMetricsRequest{PluginContext: h.Settings.PluginContext()})
	if err != nil {
		return nil, fmt.Errorf("CollectMetrics gRPC call failed: %w", err)
	}
	return resp.GetMetrics().GetPrometheus(), nil
}

// ParseMetrics parses Prometheus text exposition format.
func ParseMetrics(text []byte) (map[string]*dto.MetricFamily, error) {
	p := expfmt.NewTextParser(model.UTF8Validation)
	return p.TextToMetricFamilies(bytes.NewReader(text))
}

// MetricSum adds up every sample of a counter/gauge/untyped family (all label sets).
func MetricSum(f *dto.MetricFamily) float64 {
	if f == nil {
		return 0
	}
	sum := 0.0
	for _, m := range f.GetMetric() {
		switch {
		case m.Counter != nil:
			sum += m.GetCounter().GetValue()
		case m.Gauge != nil:
			sum += m.GetGauge().GetValue()
		case m.Untyped != nil:
			sum += m.GetUntyped().GetValue()
		}
	}
	return sum
}
