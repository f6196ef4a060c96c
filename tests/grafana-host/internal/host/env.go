package host

// GrafanaVersion is the Grafana version this harness impersonates.
const GrafanaVersion = "12.4.2"

// PluginID is the plugin id from plugin.json.
const PluginID = "teammetrics-kpi-datasource"

// GrafanaEnv is the environment Grafana (>= 12.4, host env skipped) builds for a plugin process
// before go-plugin appends the magic cookie, PLUGIN_MIN_PORT/MAX_PORT and PLUGIN_PROTOCOL_VERSIONS.
// extra holds GF_PLUGIN_<KEY>=value entries from a [plugin.<id>] ini section, if any.
func GrafanaEnv(extra ...string) []string {
	env := []string{
		"GF_VERSION=" + GrafanaVersion,
		"GF_EDITION=Open Source",
	}
	return append(env, extra...)
}
