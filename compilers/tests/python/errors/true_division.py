half = 7 / 2
# error: 1:8: true division '/' gives a float
