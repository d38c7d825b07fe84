-- A card photo keeps what it was cut from: the upload the right way up (source_key, a stored object
-- that is no upload of its own) and where its square was taken (crop_x, crop_y: the space left of and
-- above the square, in percent of what is free; crop_zoom: in percent, 100 is the whole short side).
alter table media add column source_key varchar(80);
alter table media add column crop_x smallint;
alter table media add column crop_y smallint;
alter table media add column crop_zoom smallint;
create index media_source_key on media (source_key);
