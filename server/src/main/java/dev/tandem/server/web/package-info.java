/**
 * The server-rendered pages: plain HTML forms, keyboard-usable, with errors in words inside the
 * form that caused them; one small script polls a running draft's progress.
 */
package dev.tandem.server.web;
