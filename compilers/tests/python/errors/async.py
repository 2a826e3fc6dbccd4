async def main():
    pass
# error: 1:1: async functions and statements are not supported
