"""billflow — subscription billing service (accounts, plans, invoices, usage metering)."""
