-- Enum and Bounded on a derived enumeration: succ, pred, ranges, fromEnum.
data Day = Mon | Tue | Wed | Thu | Fri | Sat | Sun deriving (Show, Eq, Ord, Enum, Bounded)

weekend :: Day -> Bool
weekend d = d >= Sat

main :: IO ()
main = do
  print [Mon ..]
  print [Tue, Thu ..]
  print (succ Mon, pred Sun)
  print (fromEnum Fri, toEnum 2 :: Day)
  print (filter weekend [minBound .. maxBound])
  print ([Wed .. Fri], [Sun, Sat .. Thu])
-- expect: [Mon,Tue,Wed,Thu,Fri,Sat,Sun]
-- expect: [Tue,Thu,Sat]
-- expect: (Tue,Sat)
-- expect: (4,Wed)
-- expect: [Sat,Sun]
-- expect: ([Wed,Thu,Fri],[Sun,Sat,Fri,Thu])
