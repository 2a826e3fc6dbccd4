-- fromJust of Nothing: GHC 9.0.2's message carries the call stack with fromJust's call site.
import Data.Maybe (fromJust)

ages :: [(String, Int)]
ages = [("ann", 31), ("bob", 42)]

main :: IO ()
main = do
  print (fromJust (lookup "bob" ages))
  print (map (fromJust . flip lookup ages) ["ann", "cid"])
-- expect: 42
-- GHC reports on stderr: Maybe.fromJust: Nothing, with the call stack "fromJust, called at fromjust_nothing.hs:10:15 in main:Main"
-- expect runtime error: trap
-- expect exit: 1
