-- A local function without a signature, used at two types: Haskell 2010 generalises it with its class
-- constraint (NoMonoLocalBinds, GHC's default), so each use passes its own instance.
describe :: Int -> String -> String
describe n s = sh n ++ " and " ++ sh s ++ " and " ++ sh (n > 3)
  where
    sh x = "<" ++ show x ++ ">"

pairUp :: (Int, Char) -> String
pairUp (a, b) =
  let twice x = [x, x]
      total = sum (twice a)
  in show (twice a) ++ show (twice b) ++ show total

main :: IO ()
main = do
  putStrLn (describe 5 "five")
  putStrLn (pairUp (4, 'q'))
  let bigger x y = if x > y then x else y
  print (bigger 3 (7 :: Int), bigger "apple" "pear", bigger 'a' 'b')
-- expect: <5> and <"five"> and <True>
-- expect: [4,4]"qq"8
-- expect: (7,"pear",'b')
