import { mount } from 'svelte';
import { startMapWorkers } from './lib/mapWorkers.ts';
import { countyGeometry } from './lib/countyGeometry.ts';
import App from './App.svelte';
import './app.css';

// first: the map's tile worker loads its script while the UI mounts
startMapWorkers();
// the county boundaries, fetched once for the map and the data model (a failure is reported by the loader)
countyGeometry().catch(() => {});
mount(App, { target: document.getElementById('app')! });
