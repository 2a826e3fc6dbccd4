-- A queue simulation with a record state, iterate and takeWhile; average waiting time as a Double.
data Sim = Sim { clock :: Int, queue :: [Int], served :: Int, waited :: Int } deriving Show

arrivals :: [Int]
arrivals = [0, 1, 1, 3, 4, 4, 4, 9, 10, 12]

tick :: Sim -> Sim
tick s = s' { clock = clock s + 1 }
  where
    new = [t | t <- arrivals, t == clock s]
    q = queue s ++ new
    s' = case q of
      [] -> s { queue = [] }
      (t:rest) | clock s `mod` 2 == 0 -> s { queue = rest, served = served s + 1, waited = waited s + (clock s - t) }
               | otherwise -> s { queue = q }

main :: IO ()
main = do
  let states = takeWhile (\s -> served s < length arrivals) (iterate tick (Sim 0 [] 0 0))
      final = tick (last states)
  mapM_ print (take 4 states)
  print final
  print (fromIntegral (waited final) / fromIntegral (served final) :: Double)
-- expect: Sim {clock = 0, queue = [], served = 0, waited = 0}
-- expect: Sim {clock = 1, queue = [], served = 1, waited = 0}
-- expect: Sim {clock = 2, queue = [1,1], served = 1, waited = 0}
-- expect: Sim {clock = 3, queue = [1], served = 2, waited = 1}
-- expect: Sim {clock = 19, queue = [], served = 10, waited = 42}
-- expect: 4.2
