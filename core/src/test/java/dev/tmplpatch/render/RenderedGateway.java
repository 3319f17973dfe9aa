package dev.tmplpatch.render;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * RenderedGateway is one successful render of a Gateway API template: every document istiod
 * would apply (ServiceAccount, Deployment, Service, ...), as a JSON array in rendered order, and
 * the Deployment's spec.template as the pod (its pod() tree is JSON null without a Deployment),
 * with the raw text and the functions called.
 */
public record RenderedGateway(JsonNode documents, RenderedPod pod) {}
