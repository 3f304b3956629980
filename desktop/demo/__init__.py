"""The demo shop (simulator.py, with names.py): not a service, it fills an empty database in bulk."""
