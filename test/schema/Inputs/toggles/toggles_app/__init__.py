"""toggles: feature flags and gradual rollouts."""
