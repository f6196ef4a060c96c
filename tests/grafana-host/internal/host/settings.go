package host

import (
	"github.com/grafana/grafana-plugin-sdk-go/genproto/pluginv2"
)

// Settings is the data source instance the harness sends in every PluginContext.
type Settings struct {
	UID           string
	Name          string
	JSONData      []byte
	Secure        map[string]string
	LastUpdatedMS int64
}

// DefaultLastUpdatedMS is a fixed "updated" stamp (2026-11-01T00:00:00Z).
const DefaultLastUpdatedMS int64 = 1793491200000

// DefaultSettings is the demo data source used by the tests.
func DefaultSettings() *Settings {
	return &Settings{
		UID:           "tm-demo",
		Name:          "Team Metrics",
		JSONData:      []byte(`{"demo":{"enabled":true,"seed":42},"timezone":"UTC"}`),
		Secure:        map[string]string{},
		LastUpdatedMS: DefaultLastUpdatedMS,
	}
}

// PluginContext builds the context Grafana attaches to every call for this data source.
func (s *Settings) PluginContext() *pluginv2.PluginContext {
	secure := s.Secure
	if secure == nil {
		secure = map[string]string{}
	}
	return &pluginv2.PluginContext{
		OrgId:    1,
		PluginId: PluginID,
		User:     &pluginv2.User{Login: "admin", Name: "admin", Email: "admin@localhost", Role: "Admin"},
		DataSourceInstanceSettings: &pluginv2.DataSourceInstanceSettings{
			Id:                      1,
			Uid:                     s.UID,
			Name:                    s.Name,
			JsonData:                s.JSONData,
			DecryptedSecureJsonData: secure,
			LastUpdatedMS:           s.LastUpdatedMS,
		},
		GrafanaConfig: map[string]string{
			"GF_APP_URL":                   "http://localhost:3000/",
			"GF_CONCURRENT_QUERY_COUNT":    "10",
			"GF_USER_FACING_DEFAULT_ERROR": "Please inspect the Grafana server log for details.",
		},
		PluginVersion: "0.1.0",
		UserAgent:     "Grafana/" + GrafanaVersion + " (linux; amd64)",
	}
}
