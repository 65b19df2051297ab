/**
 * The policy-admin module's face: the use cases over the pure rules engine (parameters, decisions,
 * reproduction, entitlements, what-if over the registry).
 */
export { createPolicyService, type PolicyPeople, type PolicyService, type WhatIfScenario } from './policy.service.js';
