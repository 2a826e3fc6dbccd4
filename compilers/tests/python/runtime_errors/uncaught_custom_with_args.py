class ConfigError(Exception):
    pass
raise ConfigError("missing key", "name")
# expect runtime error: trap 4
# expect stderr: ConfigError: ('missing key', 'name')
