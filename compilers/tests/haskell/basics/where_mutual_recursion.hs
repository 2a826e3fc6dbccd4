-- Mutually recursive functions local to a where clause, sharing the outer argument.
countDown :: Int -> [String]
countDown n = ping n
  where
    ping 0 = ["done after " ++ show n]
    ping k = ("ping " ++ show k) : pong (k - 1)
    pong 0 = ["done after " ++ show n]
    pong k = ("pong " ++ show k) : ping (k - 1)

main :: IO ()
main = mapM_ putStrLn (countDown 5)
-- expect: ping 5
-- expect: pong 4
-- expect: ping 3
-- expect: pong 2
-- expect: ping 1
-- expect: done after 5
