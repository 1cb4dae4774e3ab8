-- The production source list: the official sites the corpus articles cite, disabled until an
-- operator enables them (PATCH /v1/admin/sources/{id} {"enabled": true}). The aggregator Q&A
-- sites the corpus articles were read from are not recorded in the corpus with their addresses,
-- so they are added by operators through POST /v1/admin/sources.
INSERT OR IGNORE INTO `sources` (`url`, `adapter`, `enabled`, `interval_minutes`) VALUES
('https://www.nhsa.gov.cn/col/col147/index.html', 'gov-notice', 0, 1440),
('https://ybj.gxzf.gov.cn/', 'gov-notice', 0, 1440),
('https://ybwt.ybj.gxzf.gov.cn/', 'generic', 0, 1440),
('http://zwfw.gxzf.gov.cn/', 'generic', 0, 1440),
('http://si.12333.gov.cn/index.jhtml', 'generic', 0, 1440);
