"""fleetops — vehicle fleet operations: assets, staff, trips, maintenance."""
