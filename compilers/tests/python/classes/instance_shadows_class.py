class Config:
    debug = False
    level = 1
c = Config()
print(c.debug, c.level)
c.debug = True
print(c.debug, Config.debug)
Config.level = 5
print(c.level, Config().level)
# expect: False 1
# expect: True False
# expect: 5 5
