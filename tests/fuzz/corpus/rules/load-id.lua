rule { id = ('a'):rep(1 << 16), title = 't', sources = { { file = 'f', lines = { 1, 1 } } }, recommends = { 'peer_support' }, evaluate = function(a) end }
