-- Derived Show with infix constructors and operator sections, records of records, lists of Maybe.
data Complex = Double :+ Double deriving (Show, Eq)
infix 6 :+

data Chain a = End | a :> Chain a deriving Show
infixr 5 :>

data Config = Config { cname :: String, limits :: (Int, Int), nested :: Maybe Config } deriving Show

newtype Wrapper = Wrapper { unwrap :: [Int] } deriving (Show, Eq, Ord)

main :: IO ()
main = do
  print (1.5 :+ (-2))
  print (Just (0 :+ 1))
  print (1 :> 2 :> (-3) :> End)
  print (Config "outer" (-1, 1) (Just (Config "inner" (0, -10) Nothing)))
  print (Wrapper [1, -2], unwrap (Wrapper [3]), Wrapper [1] < Wrapper [1, 0])
  print [Just (Wrapper []), Nothing]
  print (map (subtract 2) [1, 2, 3], map (2 -) [1, 2, 3], filter ((== 0) . (`mod` 3)) [1 .. 10])
-- expect: 1.5 :+ (-2.0)
-- expect: Just (0.0 :+ 1.0)
-- expect: 1 :> (2 :> (-3 :> End))
-- expect: Config {cname = "outer", limits = (-1,1), nested = Just (Config {cname = "inner", limits = (0,-10), nested = Nothing})}
-- expect: (Wrapper {unwrap = [1,-2]},[3],True)
-- expect: [Just (Wrapper {unwrap = []}),Nothing]
-- expect: ([-1,0,1],[1,0,-1],[3,6,9])
