package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"teammetrics/grafanahost/internal/host"
)

// commonFlags are shared by every subcommand that talks to one plugin process.
type commonFlags struct {
	exe      string
	settings string
	verbose  bool
}

func (c *commonFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.exe, "exe", "", "plugin executable (default $"+host.ExeEnv+" or ../../dist/"+host.ExecutableName()+")")
	fs.StringVar(&c.settings, "settings", "", "data source settings JSON file (default: demo, seed 42)")
	fs.BoolVar(&c.verbose, "v", false, "echo the host log (incl. plugin log lines) to stderr")
}

// start launches the plugin like Grafana with the chosen settings.
func (c *commonFlags) start() (*host.Host, error) {
	opts := host.Options{Exe: c.exe}
	if c.verbose {
		opts.LogTee = os.Stderr
	}
	if c.settings != "" {
		s, err := loadSettings(c.settings)
		if err != nil {
			return nil, err
		}
		opts.Settings = s
	}
	return host.Start(opts)
}

func loadSettings(path string) (*host.Settings, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var full struct {
		UID           *string           `json:"uid"`
		Name          *string           `json:"name"`
		JSONData      json.RawMessage   `json:"jsonData"`
		Secure        map[string]string `json:"secureJsonData"`
		LastUpdatedMS *int64            `json:"lastUpdatedMS"`
	}
	if err := json.Unmarshal(raw, &full); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	s := host.DefaultSettings()
	if full.JSONData == nil { // the file is just jsonData
		s.JSONData = raw
		return s, nil
	}
	s.JSONData = full.JSONData
	if full.UID != nil {
		s.UID = *full.UID
	}
	if full.Name != nil {
		s.Name = *full.Name
	}
	if full.Secure != nil {
		s.Secure = full.Secure
	}
	if full.LastUpdatedMS != nil {
		s.LastUpdatedMS = *full.LastUpdatedMS
	}
	return s, nil
}

// stop kills the plugin and reports an unclean shutdown on stderr.
func stop(h *host.Host) {
	if res := h.Kill(); !res.Graceful() {
		fmt.Fprintln(os.Stderr, "warning: plugin shutdown was not graceful:", res)
	}
}
