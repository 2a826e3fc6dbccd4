raise NotImplementedError
# expect runtime error: trap 4
# expect stderr: NotImplementedError
