-- The visitor's answers to the questions of the appointment type, as "question: answer" lines.
alter table bookings add column answers varchar(3000);
