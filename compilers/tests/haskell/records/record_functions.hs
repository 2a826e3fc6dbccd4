-- Records as a small database: filtering and summing by fields.
data Employee = Employee {ename :: String, dept :: String, salary :: Int}

staff :: [Employee]
staff =
  [ Employee "Ada" "analysis" 300
  , Employee "Charles" "engines" 500
  , Employee "Luigi" "analysis" 250
  , Employee "Joseph" "engines" 200
  ]

payroll :: String -> Int
payroll d = sum [salary e | e <- staff, dept e == d]

main :: IO ()
main = do
  print (payroll "analysis", payroll "engines", payroll "none")
  putStrLn (unwords (map ename (filter ((> 250) . salary) staff)))
-- expect: (550,700,0)
-- expect: Ada Charles
