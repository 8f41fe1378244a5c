-- The source documents the catalogue and the instrument cite, by file (the files of the source
-- documents' plain-text copies), so that a person reads a title and a year where a tool reads a file
-- name. Every evidence item's, sustain note's and factor's source.file must be one of these
-- (`trynext catalogue build` refuses one that is not). The titles, publishers and years are the
-- documents' own, from their first pages; a document that gives no year has none here and reads as
-- "undated".

document {
  file = "000_d1d09049e0b9ad2c.txt",
  title = "Developing Resilience in the Workforce: A Health Visiting Framework. Guide for Employers, Managers and Team Leaders",
  short = "the framework guide for employers",
  publisher = "Institute of Health Visiting for Health Education England",
  year = "2015", -- "April 2015", "© Institute of Health Visiting, March 2015" (000 L19, L103)
}

document {
  file = "001_a0b54d55111c5a02.txt",
  title = "Supporting Health Visitors and Fostering Resilience: Literature Review",
  short = "the framework's literature review",
  publisher = "Institute of Health Visiting",
  year = "2015", -- named "Literature Review (2015)" by the guide (000 L55, L67)
}

document {
  file = "002_fe2525b383c767a8.txt",
  title = "A guide to commissioning for workplace compassion in the NHS",
  short = "the guide to commissioning for workplace compassion",
  publisher = "Health Education England",
  -- no year on the document; it cites work of 2017 (002 L222)
}

document {
  file = "003_3518d88bf7c03e93.txt",
  title = "Developing resilient practitioners",
  short = "the paper on resilient practitioners",
  publisher = "an academic paper whose authors the copy does not give",
  -- no year on the copy; it cites work of 2015
}

document {
  file = "004_d0fb1981ccc54b2f.txt",
  title = "Workforce stress and the supportive organisation: a framework for improvement through reflection, curiosity and change (framework testing)",
  short = "the note on the supportive-organisation framework",
  publisher = "Health Education England's National Workforce Skills Development Unit",
  year = "2018-19", -- undated; its testing phase ran "from November 2018 to March 2019" (004 L11)
}
