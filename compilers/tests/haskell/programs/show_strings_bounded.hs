-- show of strings and characters with escapes, derived Enum and Bounded, Bounded of a pair (the
-- Prelude had no Bounded instance for tuples).
data Cell = Cell Char String deriving (Show, Eq, Ord)
data Op = Plus | Minus deriving (Show, Eq, Ord, Enum, Bounded)

main :: IO ()
main = do
  print "tab\there \"quoted\" back\\slash"
  print "caf\233 \1234\&5 \SOH\&H \DEL end"
  print 'x' >> print '\'' >> print '\n' >> print '\200'
  print (Cell '"' "it's", [Cell 'a' ""])
  print (show (Just ""), words "a\160b")
  print [minBound .. maxBound :: Op]
  print (succ Plus, fromEnum Minus, toEnum 0 :: Op, [Plus ..])
  print (zip [Plus ..] "xy")
  putStrLn (show 12 ++ show (-12) ++ show [(-1)] ++ show (Just (-2)))
  print (Left (-1) :: Either Int Int, [Just (Left (3, 'c'))] :: [Maybe (Either (Int, Char) ())])
  print ((), ((), [()]))
  print (showString "ab" "cd", showParen True (showString "x") "", shows 5 "!")
  print (unwords (map show [1.5, -2, 0.1]), unlines [], lines "", words "")
  print (maxBound :: Char, minBound :: Bool, (maxBound :: (Bool, Op)))
-- expect: "tab\there \"quoted\" back\\slash"
-- expect: "caf\233 \1234\&5 \SOHH \DEL end"
-- expect: 'x'
-- expect: '\''
-- expect: '\n'
-- expect: '\200'
-- expect: (Cell '"' "it's",[Cell 'a' ""])
-- expect: ("Just \"\"",["a","b"])
-- expect: [Plus,Minus]
-- expect: (Minus,1,Plus,[Plus,Minus])
-- expect: [(Plus,'x'),(Minus,'y')]
-- expect: 12-12[-1]Just (-2)
-- expect: (Left (-1),[Just (Left (3,'c'))])
-- expect: ((),((),[()]))
-- expect: ("abcd","(x)","5!")
-- expect: ("1.5 -2.0 0.1","",[],[])
-- expect: ('\1114111',False,(True,Minus))
