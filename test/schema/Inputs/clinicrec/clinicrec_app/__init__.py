"""clinicrec — outpatient clinic records: patients, appointments, prescriptions, billing codes."""
