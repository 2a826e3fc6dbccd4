-- A user-defined state monad with Functor, Applicative and Monad instances.
newtype Counter a = Counter (Int -> (a, Int))

runCounter :: Counter a -> Int -> (a, Int)
runCounter (Counter f) = f

instance Functor Counter where
  fmap f (Counter g) = Counter (\s -> let (a, s') = g s in (f a, s'))

instance Applicative Counter where
  pure a = Counter (\s -> (a, s))
  Counter f <*> Counter g = Counter (\s -> let (h, s1) = f s; (a, s2) = g s1 in (h a, s2))

instance Monad Counter where
  Counter g >>= k = Counter (\s -> let (a, s') = g s in runCounter (k a) s')

tick :: Counter Int
tick = Counter (\s -> (s, s + 1))

label :: [String] -> Counter [(Int, String)]
label [] = return []
label (x : xs) = do
  n <- tick
  rest <- label xs
  return ((n, x) : rest)

main :: IO ()
main = do
  print (runCounter (label ["mill", "store", "barrel"]) 1)
  print (fst (runCounter (fmap (* 2) tick) 20))
-- expect: ([(1,"mill"),(2,"store"),(3,"barrel")],4)
-- expect: 40
