/**
 * The REST API under {@code /api/}: JSON in and out, every route described in the OpenAPI
 * document at {@code /api/openapi.json}, errors as {@code application/problem+json} listing every
 * problem with its path. Handlers only read the request, call the service layer and write views.
 */
package dev.tandem.server.api;
