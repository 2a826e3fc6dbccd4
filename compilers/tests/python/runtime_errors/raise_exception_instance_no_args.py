class Stop(Exception):
    pass
raise Stop()
# expect runtime error: trap 4
# expect stderr: Stop
