-- A function whose equations disagree on the result (a number and a String) is GHC's one error, at the
-- literal; printing its result is no second error (GHC knows the function's type: T -> String), where
-- this compiler reported an ambiguous type variable at `print` too.
data Answer = Yes | No

reply Yes = 1
reply No = "no"

main = do
  print (reply Yes)
  putStrLn "done"
-- error: 6:13: No instance for (Num
