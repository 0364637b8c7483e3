version_info = (3, 11, 0, "final", 0)
platform = "linux"
