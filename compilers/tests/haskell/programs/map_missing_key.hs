-- A lookup with Map.! of a key the map lacks: GHC's message with the call stack of containers' error.
import qualified Data.Map as M
safeHead :: [a] -> Maybe a
safeHead [] = Nothing
safeHead (x:_) = Just x

main :: IO ()
main = do
  print (safeHead ([] :: [Int]), safeHead "abc")
  let m = M.fromList [(1 :: Int, "one")]
  putStrLn (m M.! 1)
  putStrLn (m M.! 2)
-- expect: (Nothing,Just 'a')
-- expect: one
-- GHC reports on stderr: prog: Map.!: given key is not an element in the map
-- GHC reports on stderr: CallStack (from HasCallStack):
-- GHC reports on stderr:   error, called at libraries/containers/containers/src/Data/Map/Internal.hs:633:17 in containers-0.6.4.1:Data.Map.Internal
-- expect runtime error: trap
-- expect exit: 1
