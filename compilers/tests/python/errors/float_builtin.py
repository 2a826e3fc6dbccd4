x = float("1.5")
# error: 1:5: float is not supported yet
