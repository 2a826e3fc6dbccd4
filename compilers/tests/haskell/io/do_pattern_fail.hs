-- A do statement whose pattern may not match calls the monad's fail: Nothing in Maybe, [] in a list,
-- an IOError in IO naming the pattern's place (a comprehension's pattern skips, as in a list's do).
import qualified Data.Map as M
import Data.Maybe (mapMaybe, catMaybes, fromMaybe, isJust, isNothing, fromJust, listToMaybe, maybeToList)

firstWord :: String -> Maybe String
firstWord s = do
  (w : _) <- Just (words s)
  return w

pairs :: [(Int, Maybe Int)] -> [Int]
pairs xs = [a + b | (a, Just b) <- xs]

main :: IO ()
main = do
  print (firstWord "hello world", firstWord "   ")
  print (pairs [(1, Just 2), (3, Nothing), (4, Just 5)])
  print (do { (x, 'a') <- [(1, 'a'), (2, 'b'), (3, 'a')]; return (x :: Int) })
  print (mapMaybe (\x -> if x > 2 then Just (x * x) else Nothing) [1 .. 5 :: Int])
  print (catMaybes [Just 1, Nothing, Just 3 :: Maybe Int], fromMaybe 0 Nothing, isJust (Just ()), isNothing (Just ()))
  print (listToMaybe [9, 8 :: Int], listToMaybe ([] :: [Int]), maybeToList (Just 'x'), fromJust (Just 'q'))
  let m = M.fromList (zip "abc" [1 :: Int ..])
  print (mapMaybe (`M.lookup` m) "axbyc")
  [a, b] <- return (words "two words")
  putStrLn (b ++ " " ++ a)
  Just n <- return (M.lookup 'z' m)
  print n
-- expect: (Just "hello",Nothing)
-- expect: [3,9]
-- expect: [1,3]
-- expect: [9,16,25]
-- expect: ([1,3],0,True,False)
-- expect: (Just 9,Nothing,"x",'q')
-- expect: [1,2,3]
-- expect: words two
-- GHC reports on stderr: user error (Pattern match failure in do expression at do_pattern_fail.hs:26:3-8)
-- expect runtime error: trap
-- expect exit: 1
